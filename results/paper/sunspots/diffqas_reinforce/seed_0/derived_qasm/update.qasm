// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*0.070656585187) q[0];
ry(pi*-0.039020014583) q[1];
ry(pi*0.317913317811) q[2];
ry(pi*0.090229132584) q[3];
ry(pi*0.004120501937) q[4];
ry(pi*-0.000510583729) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.092623607179) q[0];
ry(pi*0.065040504831) q[1];
ry(pi*0.043198076872) q[2];
ry(pi*-0.021970956466) q[3];
ry(pi*-0.018402334407) q[4];
ry(pi*-0.041611945679) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.09344385598) q[0];
ry(pi*0.118608881636) q[1];
ry(pi*-0.078572385494) q[2];
ry(pi*0.253544951027) q[3];
ry(pi*0.023778347843) q[4];
ry(pi*0.000528271999) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.165925500916) q[0];
ry(pi*0.209750688761) q[1];
ry(pi*-0.497073960873) q[2];
ry(pi*0.016458290628) q[3];
ry(pi*0.49739156467) q[4];
ry(pi*-0.492399227623) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.116704577463) q[0];
ry(pi*0.386695295919) q[1];
ry(pi*-0.065197784166) q[2];
ry(pi*-0.010279930364) q[3];
ry(pi*-0.002205936028) q[4];
ry(pi*-0.001952632504) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
