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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001447881969) q[0];
ry(pi*-0.000376469562) q[1];
ry(pi*-0.000782999368) q[2];
ry(pi*-0.000502044769) q[3];
ry(pi*0.004063719171) q[4];
ry(pi*0.009241280928) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001125892133) q[0];
ry(pi*-0.007520127804) q[1];
ry(pi*-0.002048859612) q[2];
ry(pi*0.003400154732) q[3];
ry(pi*-0.004065943726) q[4];
ry(pi*0.004882988208) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.003040321157) q[0];
ry(pi*0.00212815636) q[1];
ry(pi*0.006848544711) q[2];
ry(pi*-0.0056193828) q[3];
ry(pi*0.00466931238) q[4];
ry(pi*-0.143929531254) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.005107324941) q[0];
ry(pi*0.008797810145) q[1];
ry(pi*0.001617545172) q[2];
ry(pi*-0.003329702398) q[3];
ry(pi*0.001859689163) q[4];
ry(pi*0.003802664539) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.140652434949) q[0];
ry(pi*-0.018717241701) q[1];
ry(pi*0.00199697478) q[2];
ry(pi*0.002215141813) q[3];
ry(pi*-0.003769166078) q[4];
ry(pi*-0.002106264328) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
