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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.0215340046) q[0];
ry(pi*0.273801470722) q[1];
ry(pi*0.029118977105) q[2];
ry(pi*0.017688004527) q[3];
ry(pi*0.006634657218) q[4];
ry(pi*-0.049223185953) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.179893901815) q[0];
ry(pi*0.426041852834) q[1];
ry(pi*-0.083306100273) q[2];
ry(pi*0.009256108723) q[3];
ry(pi*0.021627193994) q[4];
ry(pi*-0.000813792434) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.11293198888) q[0];
ry(pi*-0.008183225929) q[1];
ry(pi*-0.017874028761) q[2];
ry(pi*-0.010774989827) q[3];
ry(pi*0.130459345223) q[4];
ry(pi*0.023325276257) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.179074298087) q[0];
ry(pi*0.010182083161) q[1];
ry(pi*-0.402501567915) q[2];
ry(pi*0.351761382717) q[3];
ry(pi*-0.204480552743) q[4];
ry(pi*0.113290450488) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.210407240695) q[0];
ry(pi*0.005477512894) q[1];
ry(pi*0.082613727791) q[2];
ry(pi*0.134085653922) q[3];
ry(pi*0.270987812238) q[4];
ry(pi*-0.003975438383) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
