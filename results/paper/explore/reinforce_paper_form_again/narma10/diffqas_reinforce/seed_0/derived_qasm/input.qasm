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
rx(pi*0.030359911972) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000572551428) q[0];
rx(pi*-0.002459139797) q[1];
rx(pi*-0.002159616881) q[2];
rx(pi*0.001539520933) q[3];
rx(pi*-0.00333660166) q[4];
rx(pi*0.001186256598) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.001211786801) q[0];
rx(pi*0.003706550081) q[1];
rx(pi*-0.001070203857) q[2];
rx(pi*0.003331374371) q[3];
rx(pi*0.005477143518) q[4];
rx(pi*0.005050567374) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.00186554863) q[0];
rx(pi*0.001429741058) q[1];
rx(pi*0.009070102276) q[2];
rx(pi*0.007105235908) q[3];
rx(pi*-0.002440208404) q[4];
rx(pi*0.002939940202) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.001916103443) q[0];
rx(pi*0.000230036339) q[1];
rx(pi*0.00048801357) q[2];
rx(pi*0.001552670974) q[3];
rx(pi*0.002983712703) q[4];
rx(pi*0.000696368542) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.001081602254) q[0];
rx(pi*0.004431319419) q[1];
rx(pi*0.001011336313) q[2];
rx(pi*0.001734855895) q[3];
rx(pi*0.003152001271) q[4];
rx(pi*0.005198835839) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
