// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*1.534334605844) q[0];
ry(pi*0.727039941548) q[1];
ry(pi*1.575968555166) q[2];
ry(pi*1.227587926361) q[3];
ry(pi*1.906155684971) q[4];
ry(pi*0.286634049107) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*1.591396890027) q[0];
ry(pi*0.87793308782) q[1];
ry(pi*0.507094000168) q[2];
ry(pi*0.062608288697) q[3];
ry(pi*1.857830426991) q[4];
ry(pi*0.084085481776) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*1.725970741206) q[0];
ry(pi*0.763022364678) q[1];
ry(pi*1.790495386514) q[2];
ry(pi*0.627372455141) q[3];
ry(pi*1.329376717742) q[4];
ry(pi*0.730020560211) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.670147804965) q[0];
ry(pi*1.293446887068) q[1];
ry(pi*1.551069024656) q[2];
ry(pi*0.282533696821) q[3];
ry(pi*0.168880563288) q[4];
ry(pi*0.475130308563) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.292483309276) q[0];
ry(pi*0.486003628212) q[1];
ry(pi*1.846778422004) q[2];
ry(pi*1.812864407827) q[3];
ry(pi*1.235841678736) q[4];
ry(pi*1.812843461914) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
