// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.136495314956) q[0];
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
ry(pi*0.03518576457) q[0];
ry(pi*-0.001778009113) q[1];
ry(pi*-0.003337557412) q[2];
ry(pi*-0.000876952193) q[3];
ry(pi*-0.00867906861) q[4];
ry(pi*0.000723180074) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.014155977341) q[0];
ry(pi*-0.010794555473) q[1];
ry(pi*0.014611732385) q[2];
ry(pi*-0.000904065731) q[3];
ry(pi*0.002117232652) q[4];
ry(pi*0.000579073495) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*8.0741307e-05) q[0];
ry(pi*-0.000217767012) q[1];
ry(pi*0.000163653456) q[2];
ry(pi*0.000573919541) q[3];
ry(pi*0.002031504291) q[4];
ry(pi*0.000985870365) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.14553836334) q[0];
ry(pi*0.001801933451) q[1];
ry(pi*0.002168597364) q[2];
ry(pi*-0.001133755373) q[3];
ry(pi*0.000555101243) q[4];
ry(pi*-0.000421862121) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.002292769255) q[0];
ry(pi*-0.000788982973) q[1];
ry(pi*0.020833324427) q[2];
ry(pi*0.060081834925) q[3];
ry(pi*-0.012726403332) q[4];
ry(pi*-6.3614382e-05) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
