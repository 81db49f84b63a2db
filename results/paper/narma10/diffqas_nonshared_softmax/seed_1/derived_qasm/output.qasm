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
rx(pi*0.081916830309) q[0];
rx(pi*-9.0716164e-05) q[1];
rx(pi*0.003392238649) q[2];
rx(pi*-0.004972372676) q[3];
rx(pi*-0.001174007021) q[4];
rx(pi*-0.001069753922) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.090228781588) q[0];
rx(pi*-0.001117220846) q[1];
rx(pi*-0.00177434678) q[2];
rx(pi*0.002255717702) q[3];
rx(pi*-0.003545883221) q[4];
rx(pi*0.001634059912) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.070127454226) q[0];
rx(pi*0.006041799763) q[1];
rx(pi*-0.000182690385) q[2];
rx(pi*-0.001522051776) q[3];
rx(pi*-0.004204834022) q[4];
rx(pi*-0.000575210577) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.085544789637) q[0];
rx(pi*-0.002747528082) q[1];
rx(pi*0.003723875461) q[2];
rx(pi*-0.00116936648) q[3];
rx(pi*0.000282605895) q[4];
rx(pi*0.000815687634) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.083333496921) q[0];
rx(pi*-0.001635255788) q[1];
rx(pi*0.000137905797) q[2];
rx(pi*0.000784806967) q[3];
rx(pi*0.001944877393) q[4];
rx(pi*-0.005922515726) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
