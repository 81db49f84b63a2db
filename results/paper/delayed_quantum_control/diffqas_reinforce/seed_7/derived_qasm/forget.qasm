// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
ry(pi*0.091694957584) q[0];
ry(pi*0.076732977605) q[1];
ry(pi*-0.134237141826) q[2];
ry(pi*-0.099332342305) q[3];
ry(pi*0.293890840509) q[4];
ry(pi*-0.375496138301) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.514494092733) q[0];
ry(pi*-0.437675031029) q[1];
ry(pi*-0.068319427262) q[2];
ry(pi*-0.011912014738) q[3];
ry(pi*0.086663565137) q[4];
ry(pi*0.198366129452) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.568918292241) q[0];
ry(pi*-0.226341692574) q[1];
ry(pi*0.219740125013) q[2];
ry(pi*0.129265105619) q[3];
ry(pi*0.126868866558) q[4];
ry(pi*0.0508526177) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.230439540457) q[0];
ry(pi*-0.145882889465) q[1];
ry(pi*0.167778075892) q[2];
ry(pi*-0.160271375457) q[3];
ry(pi*0.156788187681) q[4];
ry(pi*-0.04970870331) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.100642220806) q[0];
ry(pi*-0.220691494474) q[1];
ry(pi*0.250469620408) q[2];
ry(pi*0.008142181946) q[3];
ry(pi*-0.583052458036) q[4];
ry(pi*-0.00089025661) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
