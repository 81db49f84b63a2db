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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.001099953496) q[0];
rz(pi*-0.001499866705) q[1];
rz(pi*-0.003624143434) q[2];
rz(pi*-0.001944863312) q[3];
rz(pi*-0.001610134091) q[4];
rz(pi*-0.000339380323) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.001493946911) q[0];
rz(pi*-0.00024024553) q[1];
rz(pi*-0.003771270867) q[2];
rz(pi*-0.005801402598) q[3];
rz(pi*-0.000588181377) q[4];
rz(pi*-0.000897606548) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.000282135801) q[0];
rz(pi*-0.000449335549) q[1];
rz(pi*-0.00074389572) q[2];
rz(pi*0.000683309141) q[3];
rz(pi*0.000536819444) q[4];
rz(pi*0.000735280981) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.002634551002) q[0];
rz(pi*0.001070426417) q[1];
rz(pi*0.001924330056) q[2];
rz(pi*0.005162712321) q[3];
rz(pi*0.001181559805) q[4];
rz(pi*0.003763292234) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.003414485085) q[0];
rz(pi*0.001722373754) q[1];
rz(pi*-0.002134197401) q[2];
rz(pi*0.001650511656) q[3];
rz(pi*0.006981670552) q[4];
rz(pi*-0.003975360121) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
