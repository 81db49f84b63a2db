// DiffQAS-QLSTM derived circuit, forget gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.066998795957) q[0];
ry(pi*-0.117430740408) q[1];
ry(pi*-0.076187340354) q[2];
ry(pi*0.51158928917) q[3];
ry(pi*0.199608445999) q[4];
ry(pi*0.024822437122) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.000767592237) q[0];
ry(pi*0.280922872596) q[1];
ry(pi*0.331037753975) q[2];
ry(pi*0.033072243165) q[3];
ry(pi*-0.25466426725) q[4];
ry(pi*0.079533753592) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.484800566281) q[0];
ry(pi*0.048755849232) q[1];
ry(pi*0.376596899177) q[2];
ry(pi*-0.190626348812) q[3];
ry(pi*-0.728042233863) q[4];
ry(pi*0.422380681712) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.18547557035) q[0];
ry(pi*-0.454528674588) q[1];
ry(pi*-0.075435388701) q[2];
ry(pi*0.51130743003) q[3];
ry(pi*-0.480070432608) q[4];
ry(pi*-0.487867397109) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.346412092396) q[0];
ry(pi*-0.152264638771) q[1];
ry(pi*-0.233431258177) q[2];
ry(pi*-0.5016002134) q[3];
ry(pi*0.423583895425) q[4];
ry(pi*-0.00211792738) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
