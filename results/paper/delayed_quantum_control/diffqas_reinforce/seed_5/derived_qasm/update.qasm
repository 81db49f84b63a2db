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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.093884517018) q[0];
ry(pi*-0.054836131063) q[1];
ry(pi*-0.240435351553) q[2];
ry(pi*-0.475716111121) q[3];
ry(pi*0.016615444269) q[4];
ry(pi*-0.01423236518) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.287567735966) q[0];
ry(pi*0.059940933814) q[1];
ry(pi*0.240743487948) q[2];
ry(pi*0.01083712439) q[3];
ry(pi*0.004259034419) q[4];
ry(pi*-0.003479539969) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.023607280064) q[0];
ry(pi*-0.226428891322) q[1];
ry(pi*0.242647611879) q[2];
ry(pi*-0.013875113084) q[3];
ry(pi*0.008684386909) q[4];
ry(pi*0.493529699822) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.071662700511) q[0];
ry(pi*0.22556720604) q[1];
ry(pi*-0.017490935782) q[2];
ry(pi*0.493054128928) q[3];
ry(pi*0.000375684194) q[4];
ry(pi*0.001136658352) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.353436676339) q[0];
ry(pi*0.278737439735) q[1];
ry(pi*0.211743548233) q[2];
ry(pi*0.492896351558) q[3];
ry(pi*0.49340083692) q[4];
ry(pi*-0.002046850132) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
