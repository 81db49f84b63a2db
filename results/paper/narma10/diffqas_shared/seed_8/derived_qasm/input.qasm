// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*0.030359911972) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.011656177908) q[0];
rz(pi*0.002885146907) q[1];
rz(pi*0.003019419118) q[2];
rz(pi*0.00504506587) q[3];
rz(pi*-0.041539166218) q[4];
rz(pi*0.007010986412) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000791942054) q[0];
rz(pi*0.018802917887) q[1];
rz(pi*-0.011283589903) q[2];
rz(pi*0.004371526805) q[3];
rz(pi*0.00628271097) q[4];
rz(pi*-0.006713303408) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.011900748484) q[0];
rz(pi*-0.002570249395) q[1];
rz(pi*-0.022564274603) q[2];
rz(pi*-0.006260827684) q[3];
rz(pi*0.023399808324) q[4];
rz(pi*0.011902612556) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.007512080987) q[0];
rz(pi*0.019916468766) q[1];
rz(pi*0.003345453632) q[2];
rz(pi*0.01161873519) q[3];
rz(pi*0.013363924414) q[4];
rz(pi*-0.001483599056) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.020838473156) q[0];
rz(pi*0.012552863166) q[1];
rz(pi*0.010075282007) q[2];
rz(pi*0.01469946237) q[3];
rz(pi*0.014683653328) q[4];
rz(pi*-0.000363327525) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
