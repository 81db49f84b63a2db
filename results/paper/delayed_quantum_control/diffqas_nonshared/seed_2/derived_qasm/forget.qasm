// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.316916735344) q[0];
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
rx(pi*2.51e-10) q[0];
rx(pi*-0.373514283022) q[1];
rx(pi*-0.001014374102) q[2];
rx(pi*0.000338130197) q[3];
rx(pi*-0.001680360531) q[4];
rx(pi*-0.001769602703) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.99910557661) q[0];
rx(pi*2.0122572e-05) q[1];
rx(pi*-0.002026706261) q[2];
rx(pi*-0.000386435925) q[3];
rx(pi*0.005214912279) q[4];
rx(pi*0.000998919613) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-1.05097e-07) q[0];
rx(pi*0.000180074517) q[1];
rx(pi*-0.004913874655) q[2];
rx(pi*0.000324047379) q[3];
rx(pi*-0.001025348057) q[4];
rx(pi*0.001271228049) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-1.2573e-08) q[0];
rx(pi*0.295852603648) q[1];
rx(pi*-0.018042456957) q[2];
rx(pi*0.066204715318) q[3];
rx(pi*-0.000426095119) q[4];
rx(pi*-0.002127239294) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-8.2e-11) q[0];
rx(pi*0.247044811776) q[1];
rx(pi*2.0150086e-05) q[2];
rx(pi*-0.000957481279) q[3];
rx(pi*0.002716708632) q[4];
rx(pi*0.001716970374) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
