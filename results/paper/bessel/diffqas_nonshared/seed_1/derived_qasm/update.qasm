// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.026303643375) q[0];
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
ry(pi*-0.073895152584) q[0];
ry(pi*-0.047939992622) q[1];
ry(pi*-0.005053335616) q[2];
ry(pi*0.016384894554) q[3];
ry(pi*-0.005499879984) q[4];
ry(pi*0.031700819442) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000521990945) q[0];
ry(pi*-0.32020036871) q[1];
ry(pi*0.001715101707) q[2];
ry(pi*-0.360900858846) q[3];
ry(pi*-0.008196044984) q[4];
ry(pi*-0.01067998735) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.02163936264) q[0];
ry(pi*-0.152180162612) q[1];
ry(pi*-0.132107735488) q[2];
ry(pi*-0.065409211723) q[3];
ry(pi*0.002138440626) q[4];
ry(pi*0.029650380052) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.039677602903) q[0];
ry(pi*0.094686665818) q[1];
ry(pi*0.178181914899) q[2];
ry(pi*0.179076347144) q[3];
ry(pi*-0.490183969603) q[4];
ry(pi*-0.122423001564) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.005371844175) q[0];
ry(pi*0.00012514354) q[1];
ry(pi*0.008942931506) q[2];
ry(pi*-0.000599586037) q[3];
ry(pi*-0.019563015963) q[4];
ry(pi*0.000963528546) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
