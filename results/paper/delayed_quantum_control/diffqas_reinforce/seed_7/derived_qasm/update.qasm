// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.316916735344) q[0];
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
ry(pi*0.007555292013) q[0];
ry(pi*0.007779453841) q[1];
ry(pi*-0.480543878554) q[2];
ry(pi*-0.002837740829) q[3];
ry(pi*-0.002087240888) q[4];
ry(pi*-0.004983468473) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.156370540586) q[0];
ry(pi*-0.001618723113) q[1];
ry(pi*-0.014356781345) q[2];
ry(pi*0.503906388828) q[3];
ry(pi*0.511077594165) q[4];
ry(pi*-0.496338425391) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.500708608095) q[0];
ry(pi*-0.520980495715) q[1];
ry(pi*-0.514409664006) q[2];
ry(pi*-0.144124077809) q[3];
ry(pi*-0.00818318739) q[4];
ry(pi*-0.015647062183) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.003000107825) q[0];
ry(pi*0.503324950002) q[1];
ry(pi*-0.143703015619) q[2];
ry(pi*-0.120272089617) q[3];
ry(pi*-0.061579998974) q[4];
ry(pi*0.449005897461) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.002156910893) q[0];
ry(pi*0.015440803514) q[1];
ry(pi*0.059484240805) q[2];
ry(pi*0.522625508831) q[3];
ry(pi*0.514604741798) q[4];
ry(pi*0.002311689531) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
