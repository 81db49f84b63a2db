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
rz(pi*0.004844639838) q[0];
rz(pi*-0.002575003847) q[1];
rz(pi*-0.00126904144) q[2];
rz(pi*-0.003415783533) q[3];
rz(pi*0.002363611864) q[4];
rz(pi*0.002568636119) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001742069541) q[0];
rz(pi*-0.000233341785) q[1];
rz(pi*0.001278995759) q[2];
rz(pi*0.00453115876) q[3];
rz(pi*0.00480555746) q[4];
rz(pi*0.004236868617) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000815844604) q[0];
rz(pi*-0.000368814059) q[1];
rz(pi*-0.004118666027) q[2];
rz(pi*0.000775609705) q[3];
rz(pi*-0.001995797136) q[4];
rz(pi*-0.002869508027) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002173485811) q[0];
rz(pi*0.000672845522) q[1];
rz(pi*0.000260799668) q[2];
rz(pi*0.002796484885) q[3];
rz(pi*-0.001036605938) q[4];
rz(pi*-0.005762709458) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001710026349) q[0];
rz(pi*0.002699167734) q[1];
rz(pi*-0.00553464873) q[2];
rz(pi*0.003167238463) q[3];
rz(pi*-0.004281767328) q[4];
rz(pi*-0.001645918175) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
