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
ry(pi*1.0026723e-05) q[0];
ry(pi*-0.005541331288) q[1];
ry(pi*0.000717796408) q[2];
ry(pi*-0.499926058143) q[3];
ry(pi*0.003265987168) q[4];
ry(pi*6.2181522e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000192186931) q[0];
ry(pi*5.7241646e-05) q[1];
ry(pi*-0.01017344226) q[2];
ry(pi*-0.010061947722) q[3];
ry(pi*3.0368303e-05) q[4];
ry(pi*3.751355e-06) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001614738392) q[0];
ry(pi*0.000704717144) q[1];
ry(pi*-0.004435124641) q[2];
ry(pi*0.000371811605) q[3];
ry(pi*-0.49990932418) q[4];
ry(pi*0.500469589419) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000359877561) q[0];
ry(pi*0.00021435175) q[1];
ry(pi*0.000448795789) q[2];
ry(pi*6.6214866e-05) q[3];
ry(pi*-0.029117281416) q[4];
ry(pi*-0.464391278022) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.502149057045) q[0];
ry(pi*0.413220563234) q[1];
ry(pi*1.000097699533) q[2];
ry(pi*-0.002879514373) q[3];
ry(pi*-0.028913978938) q[4];
ry(pi*0.004139811451) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
