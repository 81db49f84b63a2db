// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.138235523653) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000838089039) q[0];
rz(pi*0.004642703991) q[1];
rz(pi*-0.000122165735) q[2];
rz(pi*0.001332689376) q[3];
rz(pi*0.008295586691) q[4];
rz(pi*1.402973e-06) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000225565237) q[0];
rz(pi*-0.003084629044) q[1];
rz(pi*-0.00198154964) q[2];
rz(pi*0.004841643033) q[3];
rz(pi*-0.000331657785) q[4];
rz(pi*-0.003667199417) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002857439581) q[0];
rz(pi*0.000124477872) q[1];
rz(pi*0.002539318184) q[2];
rz(pi*-0.002267439895) q[3];
rz(pi*0.002369319104) q[4];
rz(pi*-0.00145873275) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001224837532) q[0];
rz(pi*0.00174158292) q[1];
rz(pi*0.002017445782) q[2];
rz(pi*-0.001294690075) q[3];
rz(pi*-0.000463098054) q[4];
rz(pi*0.001681878202) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.004052835633) q[0];
rz(pi*0.0006082843) q[1];
rz(pi*0.001689541562) q[2];
rz(pi*0.003371664187) q[3];
rz(pi*-7.448156e-05) q[4];
rz(pi*-0.000547515849) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
