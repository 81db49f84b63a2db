// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.138235523653) q[0];
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
rz(pi*-0.00114533416) q[0];
rz(pi*-8.9291809e-05) q[1];
rz(pi*0.001753307188) q[2];
rz(pi*-0.00178187733) q[3];
rz(pi*0.000997575438) q[4];
rz(pi*0.001670973616) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001345176853) q[0];
rz(pi*0.002196049596) q[1];
rz(pi*0.00168496498) q[2];
rz(pi*-0.001176384766) q[3];
rz(pi*-0.000723472669) q[4];
rz(pi*0.000235429936) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000606199633) q[0];
rz(pi*-0.000799149179) q[1];
rz(pi*-0.003420162384) q[2];
rz(pi*0.000222436772) q[3];
rz(pi*0.002245381112) q[4];
rz(pi*0.001938105753) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.00276469664) q[0];
rz(pi*0.001686292034) q[1];
rz(pi*0.001843918956) q[2];
rz(pi*-0.003077263172) q[3];
rz(pi*0.001562169058) q[4];
rz(pi*-0.000669348608) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001303877035) q[0];
rz(pi*0.000635045583) q[1];
rz(pi*-0.000782096903) q[2];
rz(pi*-0.007249450727) q[3];
rz(pi*0.000563124825) q[4];
rz(pi*-0.003692568056) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
