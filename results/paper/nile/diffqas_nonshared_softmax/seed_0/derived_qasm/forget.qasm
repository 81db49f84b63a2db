// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.063383369021) q[0];
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
ry(pi*0.00559343401) q[0];
ry(pi*0.056551419236) q[1];
ry(pi*0.010855771043) q[2];
ry(pi*8.40917e-06) q[3];
ry(pi*0.057784273125) q[4];
ry(pi*-0.001018814762) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.003060546699) q[0];
ry(pi*0.005061129265) q[1];
ry(pi*-0.269523097144) q[2];
ry(pi*-0.002058388378) q[3];
ry(pi*0.000133442709) q[4];
ry(pi*0.005029709209) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.004354358839) q[0];
ry(pi*-0.000473525209) q[1];
ry(pi*-0.00547818109) q[2];
ry(pi*0.007801826268) q[3];
ry(pi*0.021636905669) q[4];
ry(pi*-0.282857694433) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.020601048191) q[0];
ry(pi*-0.003926764392) q[1];
ry(pi*0.001397929837) q[2];
ry(pi*-0.003909387134) q[3];
ry(pi*-0.296193961324) q[4];
ry(pi*-0.140439266642) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.041497729737) q[0];
ry(pi*-0.40515035322) q[1];
ry(pi*-0.043559740132) q[2];
ry(pi*-0.002934294328) q[3];
ry(pi*-0.001456892097) q[4];
ry(pi*0.000700850409) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
