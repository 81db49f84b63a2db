// DiffQAS-QLSTM derived circuit, output gate
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
ry(pi*0.046488069902) q[0];
ry(pi*-0.253530095366) q[1];
ry(pi*-0.016788402209) q[2];
ry(pi*-0.394527018495) q[3];
ry(pi*0.048332382246) q[4];
ry(pi*0.005596247906) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.005673787747) q[0];
ry(pi*-0.127652403093) q[1];
ry(pi*0.066672137416) q[2];
ry(pi*-0.050479983449) q[3];
ry(pi*-0.01335233918) q[4];
ry(pi*0.012040576448) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.000640254788) q[0];
ry(pi*-0.010949989708) q[1];
ry(pi*-0.094039941768) q[2];
ry(pi*-0.117108440857) q[3];
ry(pi*0.002634822549) q[4];
ry(pi*0.003589326663) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.001099258471) q[0];
ry(pi*-0.241576733081) q[1];
ry(pi*-0.074210972942) q[2];
ry(pi*0.027445623447) q[3];
ry(pi*-0.158328376366) q[4];
ry(pi*0.018962810718) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.087224760041) q[0];
ry(pi*-0.116362925709) q[1];
ry(pi*-0.417346566675) q[2];
ry(pi*-0.245076275366) q[3];
ry(pi*-0.254445188932) q[4];
ry(pi*-0.004144395445) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
