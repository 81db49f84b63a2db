// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*-0.138235523653) q[0];
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
rz(pi*0.004023503468) q[0];
rz(pi*-0.000658203823) q[1];
rz(pi*-0.000158835063) q[2];
rz(pi*-0.00607836084) q[3];
rz(pi*-0.003168988106) q[4];
rz(pi*-0.000211812904) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.00400648017) q[0];
rz(pi*-0.001058042771) q[1];
rz(pi*-0.002205762605) q[2];
rz(pi*0.00102804078) q[3];
rz(pi*-6.7599437e-05) q[4];
rz(pi*-0.000159703178) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-1.3790636e-05) q[0];
rz(pi*-0.003859383272) q[1];
rz(pi*0.000954982879) q[2];
rz(pi*-0.001713425732) q[3];
rz(pi*-0.001575748654) q[4];
rz(pi*0.002186484663) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000809991215) q[0];
rz(pi*-0.004540809071) q[1];
rz(pi*0.000396607837) q[2];
rz(pi*0.000117476048) q[3];
rz(pi*0.004390755684) q[4];
rz(pi*-0.000827411903) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003776630372) q[0];
rz(pi*0.001749341291) q[1];
rz(pi*0.003100007049) q[2];
rz(pi*-0.001875038709) q[3];
rz(pi*0.001725025936) q[4];
rz(pi*0.004002474549) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
