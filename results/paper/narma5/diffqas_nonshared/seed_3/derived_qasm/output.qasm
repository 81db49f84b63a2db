// DiffQAS-QLSTM derived circuit, output gate
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
rx(pi*0.11031355997) q[0];
rx(pi*-0.078878918692) q[1];
rx(pi*0.001437500763) q[2];
rx(pi*0.015063083381) q[3];
rx(pi*-0.00391066987) q[4];
rx(pi*0.002838952713) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.141531926155) q[0];
rx(pi*-0.064697449093) q[1];
rx(pi*-0.008578472138) q[2];
rx(pi*-0.013373883921) q[3];
rx(pi*-0.001438555233) q[4];
rx(pi*-0.0024897753) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.030816921816) q[0];
rx(pi*-0.091552386872) q[1];
rx(pi*-0.000685955468) q[2];
rx(pi*0.009538626573) q[3];
rx(pi*0.000783861665) q[4];
rx(pi*-0.003612955442) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.156493778068) q[0];
rx(pi*-0.079585240886) q[1];
rx(pi*0.000639586073) q[2];
rx(pi*-0.010153218497) q[3];
rx(pi*-0.00634854344) q[4];
rx(pi*-0.000605531547) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.060626789157) q[0];
rx(pi*-0.07733029662) q[1];
rx(pi*-0.00592942655) q[2];
rx(pi*0.009797566041) q[3];
rx(pi*-0.000535916682) q[4];
rx(pi*0.002876957498) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
