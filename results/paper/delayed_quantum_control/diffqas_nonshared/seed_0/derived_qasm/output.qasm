// DiffQAS-QLSTM derived circuit, output gate
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
ry(pi*9.134157e-06) q[0];
ry(pi*0.370901052646) q[1];
ry(pi*-0.002450467769) q[2];
ry(pi*-0.498841765613) q[3];
ry(pi*1.236528e-06) q[4];
ry(pi*6.315289e-06) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.499447603392) q[0];
ry(pi*0.119025817253) q[1];
ry(pi*0.027822936852) q[2];
ry(pi*0.023648275428) q[3];
ry(pi*0.500162838034) q[4];
ry(pi*-0.000400357326) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.464929345146) q[0];
ry(pi*-0.140055410011) q[1];
ry(pi*-0.49818701609) q[2];
ry(pi*0.000147087662) q[3];
ry(pi*0.001737371414) q[4];
ry(pi*-0.04699536323) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001059593867) q[0];
ry(pi*-3.105694e-06) q[1];
ry(pi*0.000717704138) q[2];
ry(pi*6.8804586e-05) q[3];
ry(pi*0.000388884039) q[4];
ry(pi*-0.140123730875) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*2.902391e-06) q[0];
ry(pi*0.001202451246) q[1];
ry(pi*-0.052024203843) q[2];
ry(pi*0.013272708186) q[3];
ry(pi*0.002686168733) q[4];
ry(pi*0.003708135788) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
