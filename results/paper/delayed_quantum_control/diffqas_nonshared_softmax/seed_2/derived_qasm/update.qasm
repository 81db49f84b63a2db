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
ry(pi*-0.008298235168) q[0];
ry(pi*0.021382206018) q[1];
ry(pi*-0.001837050822) q[2];
ry(pi*0.022559633395) q[3];
ry(pi*0.000228271336) q[4];
ry(pi*0.007512223876) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.283234588066) q[0];
ry(pi*-0.032322916867) q[1];
ry(pi*0.243603724527) q[2];
ry(pi*-0.010349282872) q[3];
ry(pi*-0.032726728085) q[4];
ry(pi*-0.008158939033) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.005631440574) q[0];
ry(pi*-0.473554318303) q[1];
ry(pi*0.48359143307) q[2];
ry(pi*-0.007855034746) q[3];
ry(pi*-0.002502703153) q[4];
ry(pi*-0.239258339204) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000274538346) q[0];
ry(pi*0.251578881075) q[1];
ry(pi*0.015824741965) q[2];
ry(pi*-0.49882047819) q[3];
ry(pi*0.473392822275) q[4];
ry(pi*-0.001835340606) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.030576477813) q[0];
ry(pi*-0.50744617231) q[1];
ry(pi*-0.158403954306) q[2];
ry(pi*0.00087337709) q[3];
ry(pi*0.517509203851) q[4];
ry(pi*-0.002662493412) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
