// DiffQAS-QLSTM derived circuit, output gate
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
ry(pi*0.09956987162) q[0];
ry(pi*-0.185649910929) q[1];
ry(pi*-0.289719852683) q[2];
ry(pi*-0.022239288037) q[3];
ry(pi*0.016438318254) q[4];
ry(pi*0.00061133328) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.028272560142) q[0];
ry(pi*-0.223939192506) q[1];
ry(pi*-0.037206352713) q[2];
ry(pi*-0.33266971384) q[3];
ry(pi*-0.06780980503) q[4];
ry(pi*-0.000201109884) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.185023241072) q[0];
ry(pi*-0.206641188223) q[1];
ry(pi*0.357870076238) q[2];
ry(pi*0.010960423534) q[3];
ry(pi*-0.042939354998) q[4];
ry(pi*0.000207116964) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.090263539662) q[0];
ry(pi*-0.152770234038) q[1];
ry(pi*0.190314057385) q[2];
ry(pi*-0.289204552856) q[3];
ry(pi*-0.196916725365) q[4];
ry(pi*0.001878737061) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.237507590965) q[0];
ry(pi*-0.142011424407) q[1];
ry(pi*0.035854501751) q[2];
ry(pi*0.142519609454) q[3];
ry(pi*0.246796686182) q[4];
ry(pi*0.003535308879) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
