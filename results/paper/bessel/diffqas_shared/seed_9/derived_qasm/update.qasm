// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*-0.008327374937) q[0];
ry(pi*-0.03004238785) q[1];
ry(pi*-0.030459159827) q[2];
ry(pi*-0.041676505196) q[3];
ry(pi*-0.009907521414) q[4];
ry(pi*-0.306081172412) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.190314835268) q[0];
ry(pi*-0.206072442165) q[1];
ry(pi*-0.010900011934) q[2];
ry(pi*0.477666851093) q[3];
ry(pi*-0.016106892811) q[4];
ry(pi*-0.004484866442) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001343050127) q[0];
ry(pi*-0.265358294434) q[1];
ry(pi*-0.005084443215) q[2];
ry(pi*0.324485098158) q[3];
ry(pi*0.001935761285) q[4];
ry(pi*0.087758112438) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.027646001751) q[0];
ry(pi*-0.019020907643) q[1];
ry(pi*-0.037594203107) q[2];
ry(pi*0.098157568741) q[3];
ry(pi*-0.396019718392) q[4];
ry(pi*0.275787651787) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.148409537708) q[0];
ry(pi*0.019565495464) q[1];
ry(pi*0.034773958709) q[2];
ry(pi*0.056292137666) q[3];
ry(pi*-0.052132139805) q[4];
ry(pi*0.000775094477) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
