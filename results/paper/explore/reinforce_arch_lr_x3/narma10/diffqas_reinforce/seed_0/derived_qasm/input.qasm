// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*0.030359911972) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.094969274381) q[0];
rx(pi*-0.000926985774) q[1];
rx(pi*-0.002954714933) q[2];
rx(pi*0.003543516075) q[3];
rx(pi*-0.000321958561) q[4];
rx(pi*0.001030059524) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.099665665023) q[0];
rx(pi*0.008651023925) q[1];
rx(pi*0.002697067984) q[2];
rx(pi*-0.000919046272) q[3];
rx(pi*0.002750559275) q[4];
rx(pi*-0.003334191231) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.103255878069) q[0];
rx(pi*-0.000764991118) q[1];
rx(pi*0.001890815735) q[2];
rx(pi*0.005141468772) q[3];
rx(pi*0.00078160124) q[4];
rx(pi*-0.005943539902) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.098002988279) q[0];
rx(pi*-0.002425824986) q[1];
rx(pi*-0.008727634694) q[2];
rx(pi*0.009890556813) q[3];
rx(pi*0.005212130399) q[4];
rx(pi*-0.002788843611) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.103910722456) q[0];
rx(pi*-0.003766707921) q[1];
rx(pi*-0.007213004079) q[2];
rx(pi*0.005982037386) q[3];
rx(pi*0.000920044787) q[4];
rx(pi*0.000425110574) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
