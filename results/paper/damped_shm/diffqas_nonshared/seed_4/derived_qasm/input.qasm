// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.136495314956) q[0];
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
ry(pi*-0.082302508325) q[0];
ry(pi*-0.001052216507) q[1];
ry(pi*0.038382285986) q[2];
ry(pi*0.031213815097) q[3];
ry(pi*-0.32309963223) q[4];
ry(pi*0.471424058192) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.00891212095) q[0];
ry(pi*-0.03546085281) q[1];
ry(pi*-0.205288127748) q[2];
ry(pi*0.002199718748) q[3];
ry(pi*0.002989937246) q[4];
ry(pi*-0.019448047041) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.135257657465) q[0];
ry(pi*0.035493220318) q[1];
ry(pi*-0.499713373642) q[2];
ry(pi*-0.00250429212) q[3];
ry(pi*-0.392835066801) q[4];
ry(pi*-0.009493802271) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.506011756694) q[0];
ry(pi*-0.048796541032) q[1];
ry(pi*0.006571667103) q[2];
ry(pi*0.09747121062) q[3];
ry(pi*-0.023408272541) q[4];
ry(pi*0.07424819273) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.003188551084) q[0];
ry(pi*-0.217382723167) q[1];
ry(pi*-0.357534068876) q[2];
ry(pi*-0.53095655618) q[3];
ry(pi*-0.140609603971) q[4];
ry(pi*0.000539301947) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
