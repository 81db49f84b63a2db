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
rz(pi*-0.316916735344) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.498196160954) q[0];
ry(pi*0.499371902129) q[1];
ry(pi*-0.003044586171) q[2];
ry(pi*0.121066848531) q[3];
ry(pi*0.111418608687) q[4];
ry(pi*-0.095959063656) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.012128774823) q[0];
ry(pi*-0.001366365114) q[1];
ry(pi*0.019439202183) q[2];
ry(pi*0.457009702858) q[3];
ry(pi*0.01504224656) q[4];
ry(pi*-0.025850807479) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.002191085703) q[0];
ry(pi*-0.000344071039) q[1];
ry(pi*-0.382356152631) q[2];
ry(pi*0.121736235529) q[3];
ry(pi*0.50028240429) q[4];
ry(pi*4.048676e-06) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.023232442602) q[0];
ry(pi*0.001523879089) q[1];
ry(pi*-0.001550927409) q[2];
ry(pi*0.494431284792) q[3];
ry(pi*-0.605811824661) q[4];
ry(pi*-0.021667807532) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.009683226184) q[0];
ry(pi*0.000451345734) q[1];
ry(pi*0.410330368687) q[2];
ry(pi*0.505174299611) q[3];
ry(pi*-0.117328847267) q[4];
ry(pi*-8.6493764e-05) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
