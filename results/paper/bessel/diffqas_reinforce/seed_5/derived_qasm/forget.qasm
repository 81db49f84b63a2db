// DiffQAS-QLSTM derived circuit, forget gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.200304461248) q[0];
ry(pi*-0.109905095685) q[1];
ry(pi*-0.042294585141) q[2];
ry(pi*0.019440121175) q[3];
ry(pi*0.001083382876) q[4];
ry(pi*-0.00153435753) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.211534620336) q[0];
ry(pi*-0.218240500063) q[1];
ry(pi*0.073256838204) q[2];
ry(pi*-0.002495671971) q[3];
ry(pi*-0.010530386049) q[4];
ry(pi*-0.001898103641) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.035765880046) q[0];
ry(pi*0.044064695069) q[1];
ry(pi*-0.050086398541) q[2];
ry(pi*0.013165497932) q[3];
ry(pi*0.080923986423) q[4];
ry(pi*-0.002644351019) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.220859706855) q[0];
ry(pi*-0.260924913507) q[1];
ry(pi*-0.476981631337) q[2];
ry(pi*-0.349177446263) q[3];
ry(pi*0.130950464283) q[4];
ry(pi*-0.008019819582) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.052316977056) q[0];
ry(pi*-0.03253354994) q[1];
ry(pi*-0.037549339674) q[2];
ry(pi*-0.198877065548) q[3];
ry(pi*0.360925940818) q[4];
ry(pi*-0.000551324703) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
