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
rx(pi*0.809909412492) q[0];
rx(pi*-0.434121890732) q[1];
rx(pi*-0.275705404925) q[2];
rx(pi*-0.014108900025) q[3];
rx(pi*-0.052340697734) q[4];
rx(pi*0.001148110406) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.531050509227) q[0];
rx(pi*0.040128461793) q[1];
rx(pi*-0.578124286823) q[2];
rx(pi*-0.024999625984) q[3];
rx(pi*-0.051141999534) q[4];
rx(pi*0.00013113903) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.0065314514) q[0];
rx(pi*0.124207388484) q[1];
rx(pi*-0.33974461351) q[2];
rx(pi*0.009765979973) q[3];
rx(pi*-0.052366344145) q[4];
rx(pi*-0.001005476105) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.09114488071) q[0];
rx(pi*-0.040583143692) q[1];
rx(pi*-0.524944206272) q[2];
rx(pi*0.008882312391) q[3];
rx(pi*-0.051276027767) q[4];
rx(pi*0.001118764902) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.35959253611) q[0];
rx(pi*0.308555768921) q[1];
rx(pi*-0.280111996332) q[2];
rx(pi*-0.01737581745) q[3];
rx(pi*-0.05209039976) q[4];
rx(pi*0.000701031095) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
