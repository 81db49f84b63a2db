// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.136495314956) q[0];
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
rz(pi*-0.002522978498) q[0];
rz(pi*0.000136523742) q[1];
rz(pi*0.004704228461) q[2];
rz(pi*-0.002256241083) q[3];
rz(pi*0.003608717701) q[4];
rz(pi*0.001063819083) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000238326782) q[0];
rz(pi*-0.000442371994) q[1];
rz(pi*0.005443673812) q[2];
rz(pi*-0.004714839563) q[3];
rz(pi*-0.003532318596) q[4];
rz(pi*0.002949606521) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003249172274) q[0];
rz(pi*-0.004060202988) q[1];
rz(pi*-0.002847514166) q[2];
rz(pi*-0.003592632368) q[3];
rz(pi*0.001836010137) q[4];
rz(pi*-0.002012722012) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.004620614673) q[0];
rz(pi*0.002535978091) q[1];
rz(pi*0.000929257464) q[2];
rz(pi*0.000721543304) q[3];
rz(pi*0.001808396785) q[4];
rz(pi*0.002770759618) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000116000065) q[0];
rz(pi*0.000894763008) q[1];
rz(pi*0.002584799418) q[2];
rz(pi*-0.000147810192) q[3];
rz(pi*0.003258044405) q[4];
rz(pi*-0.000368115513) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
