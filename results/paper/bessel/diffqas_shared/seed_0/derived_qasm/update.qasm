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
ry(pi*-0.331233742458) q[0];
ry(pi*-0.00026860649) q[1];
ry(pi*-0.049852146769) q[2];
ry(pi*-0.008335146056) q[3];
ry(pi*-0.501545761614) q[4];
ry(pi*-0.130618915517) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.100703683022) q[0];
ry(pi*0.219730221239) q[1];
ry(pi*-0.102562272359) q[2];
ry(pi*0.131637344155) q[3];
ry(pi*0.449490119928) q[4];
ry(pi*0.479386692726) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.171182792384) q[0];
ry(pi*-0.014476277639) q[1];
ry(pi*0.057723223566) q[2];
ry(pi*-0.130476980392) q[3];
ry(pi*0.030578280224) q[4];
ry(pi*-0.073555440794) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.019253444753) q[0];
ry(pi*0.046462447206) q[1];
ry(pi*0.248562726455) q[2];
ry(pi*0.08699543644) q[3];
ry(pi*0.303620027581) q[4];
ry(pi*0.45514544067) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.056614849875) q[0];
ry(pi*-0.113303636548) q[1];
ry(pi*-0.212406968302) q[2];
ry(pi*-0.173306753543) q[3];
ry(pi*0.282558418311) q[4];
ry(pi*0.005375694457) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
