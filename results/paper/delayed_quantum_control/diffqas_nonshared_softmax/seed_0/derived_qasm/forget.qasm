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
ry(pi*0.411285456806) q[0];
ry(pi*0.499458000458) q[1];
ry(pi*0.000165443416) q[2];
ry(pi*0.003360574319) q[3];
ry(pi*0.000152180659) q[4];
ry(pi*0.000194125041) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.004543355569) q[0];
ry(pi*0.000225354517) q[1];
ry(pi*0.158792573097) q[2];
ry(pi*0.001009537311) q[3];
ry(pi*-0.432048321191) q[4];
ry(pi*0.004566024149) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.088740094427) q[0];
ry(pi*0.000299423124) q[1];
ry(pi*-0.341069101027) q[2];
ry(pi*0.367274677543) q[3];
ry(pi*0.239914416819) q[4];
ry(pi*-0.004671244932) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.005419063194) q[0];
ry(pi*5.905607e-06) q[1];
ry(pi*0.005372132917) q[2];
ry(pi*0.429908688542) q[3];
ry(pi*-0.055541054017) q[4];
ry(pi*-0.006349658089) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.003408019232) q[0];
ry(pi*0.003771441325) q[1];
ry(pi*0.000189672801) q[2];
ry(pi*-0.051354797872) q[3];
ry(pi*-0.003999607589) q[4];
ry(pi*-0.000470110522) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
