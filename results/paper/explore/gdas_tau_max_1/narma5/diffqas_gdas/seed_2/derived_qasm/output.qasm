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
ry(pi*0.030359911972) q[0];
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
rz(pi*-0.001417508527) q[0];
rz(pi*-0.005742184503) q[1];
rz(pi*0.000275771037) q[2];
rz(pi*-0.002033381408) q[3];
rz(pi*-0.000857265669) q[4];
rz(pi*-0.001049768504) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.002929705887) q[0];
rz(pi*0.001662279206) q[1];
rz(pi*0.003299925856) q[2];
rz(pi*0.001579010781) q[3];
rz(pi*-0.002187771253) q[4];
rz(pi*0.000440293663) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.002122976058) q[0];
rz(pi*-0.000433404851) q[1];
rz(pi*0.002120627588) q[2];
rz(pi*-0.004612833178) q[3];
rz(pi*-0.000796735934) q[4];
rz(pi*0.004477100659) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.003077943226) q[0];
rz(pi*-0.00050059643) q[1];
rz(pi*0.0002975451) q[2];
rz(pi*0.006775775923) q[3];
rz(pi*0.003401967519) q[4];
rz(pi*-0.00231414828) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.000917315157) q[0];
rz(pi*-0.001521237875) q[1];
rz(pi*-0.001943911414) q[2];
rz(pi*-0.003909402253) q[3];
rz(pi*0.002221506132) q[4];
rz(pi*0.007029142738) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
