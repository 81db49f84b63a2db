// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.136495314956) q[0];
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
rx(pi*0.080127880443) q[0];
rx(pi*-0.10941294261) q[1];
rx(pi*0.002049638384) q[2];
rx(pi*-0.027372023416) q[3];
rx(pi*0.013536283526) q[4];
rx(pi*-0.004188843553) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.178670880553) q[0];
rx(pi*-0.121048084484) q[1];
rx(pi*0.060050302218) q[2];
rx(pi*-0.020830744133) q[3];
rx(pi*0.014144745474) q[4];
rx(pi*-0.000989523656) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.089474206953) q[0];
rx(pi*-0.034272295544) q[1];
rx(pi*0.009804648805) q[2];
rx(pi*-0.027446664577) q[3];
rx(pi*0.001786501196) q[4];
rx(pi*-0.002057506887) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.169527571929) q[0];
rx(pi*-0.094981075431) q[1];
rx(pi*0.062266926277) q[2];
rx(pi*-0.021913269827) q[3];
rx(pi*0.019527968555) q[4];
rx(pi*0.000192817904) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.077634387077) q[0];
rx(pi*-0.093544259761) q[1];
rx(pi*-0.000205564293) q[2];
rx(pi*-0.024219656326) q[3];
rx(pi*0.010225558026) q[4];
rx(pi*-0.002977866725) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
