// DiffQAS-QLSTM derived circuit, forget gate
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
ry(pi*-0.013003493197) q[0];
ry(pi*0.212987230817) q[1];
ry(pi*-0.001880072861) q[2];
ry(pi*-0.506221291719) q[3];
ry(pi*-0.013696415888) q[4];
ry(pi*0.269126130344) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.002035399189) q[0];
ry(pi*-0.022693848984) q[1];
ry(pi*-0.250524906995) q[2];
ry(pi*-0.252359552724) q[3];
ry(pi*0.009663164282) q[4];
ry(pi*-0.486379326562) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.502328539238) q[0];
ry(pi*0.499514159791) q[1];
ry(pi*0.505722915583) q[2];
ry(pi*0.51782889465) q[3];
ry(pi*-0.036471244117) q[4];
ry(pi*-0.04143794661) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.005677224779) q[0];
ry(pi*0.250917206499) q[1];
ry(pi*-0.252968805598) q[2];
ry(pi*0.17081272894) q[3];
ry(pi*-0.513022262858) q[4];
ry(pi*0.003597114087) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.002678336842) q[0];
ry(pi*-0.505934917066) q[1];
ry(pi*0.002865995697) q[2];
ry(pi*-0.27223720562) q[3];
ry(pi*-0.001839275969) q[4];
ry(pi*0.002989620342) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
