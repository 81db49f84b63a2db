// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


h q[0];
h q[1];
h q[2];
h q[3];
h q[4];
h q[5];
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
rz(pi*-0.000709098293) q[0];
rz(pi*-0.00516461256) q[1];
rz(pi*-0.001561481592) q[2];
rz(pi*0.000508911051) q[3];
rz(pi*-0.003981439701) q[4];
rz(pi*0.00023522218) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002111330497) q[0];
rz(pi*-0.000976449432) q[1];
rz(pi*-0.001976017305) q[2];
rz(pi*-0.001973916666) q[3];
rz(pi*0.002995749133) q[4];
rz(pi*-0.004884481126) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000956365074) q[0];
rz(pi*-0.001335007905) q[1];
rz(pi*0.000458356868) q[2];
rz(pi*-0.000221448818) q[3];
rz(pi*-0.003525301644) q[4];
rz(pi*0.006493806504) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.00056535416) q[0];
rz(pi*-0.004271840727) q[1];
rz(pi*-0.002837520864) q[2];
rz(pi*0.000310623011) q[3];
rz(pi*0.001951143884) q[4];
rz(pi*-0.004272212178) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002264255586) q[0];
rz(pi*-0.00437132433) q[1];
rz(pi*-0.002528618147) q[2];
rz(pi*0.002715505641) q[3];
rz(pi*0.005414442144) q[4];
rz(pi*-0.000269633501) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
