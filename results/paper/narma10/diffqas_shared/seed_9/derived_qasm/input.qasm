// DiffQAS-QLSTM derived circuit, input gate
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
ry(pi*0.030359911972) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001191628627) q[0];
rz(pi*0.070659170224) q[1];
rz(pi*-0.087733931671) q[2];
rz(pi*0.01035789057) q[3];
rz(pi*-0.080033623832) q[4];
rz(pi*0.003617873237) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.025129918957) q[0];
rz(pi*0.028665751365) q[1];
rz(pi*-0.028826296385) q[2];
rz(pi*0.026316699899) q[3];
rz(pi*0.005375689714) q[4];
rz(pi*0.023388242063) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.009329675552) q[0];
rz(pi*0.046643916795) q[1];
rz(pi*0.074438617456) q[2];
rz(pi*-0.032789784012) q[3];
rz(pi*-0.015884789526) q[4];
rz(pi*0.002651064703) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.03609846757) q[0];
rz(pi*-0.015543548057) q[1];
rz(pi*0.027179644497) q[2];
rz(pi*-0.015646662569) q[3];
rz(pi*-0.000998310262) q[4];
rz(pi*-0.014828307486) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.046909407197) q[0];
rz(pi*0.026483252165) q[1];
rz(pi*-0.054375856947) q[2];
rz(pi*0.031891746946) q[3];
rz(pi*0.02666084657) q[4];
rz(pi*-0.001951410096) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
