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
ry(pi*-0.010407186512) q[0];
ry(pi*-0.003159237003) q[1];
ry(pi*0.01256812437) q[2];
ry(pi*-0.020146532305) q[3];
ry(pi*0.222539876472) q[4];
ry(pi*0.307563949563) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.018296423786) q[0];
ry(pi*-0.006204845034) q[1];
ry(pi*-0.101453267824) q[2];
ry(pi*-0.012956321017) q[3];
ry(pi*0.005178470373) q[4];
ry(pi*-0.018550620659) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.159649980025) q[0];
ry(pi*-0.145372000802) q[1];
ry(pi*-0.078943511411) q[2];
ry(pi*-0.008630883167) q[3];
ry(pi*0.113119211954) q[4];
ry(pi*0.009783245174) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.087407486574) q[0];
ry(pi*-0.030170729002) q[1];
ry(pi*0.002594000904) q[2];
ry(pi*0.025297396144) q[3];
ry(pi*-0.020565516978) q[4];
ry(pi*0.025864759563) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.167884892461) q[0];
ry(pi*-0.269994513006) q[1];
ry(pi*-0.41473762414) q[2];
ry(pi*-0.48528156338) q[3];
ry(pi*-0.412456113284) q[4];
ry(pi*0.0002611283) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
