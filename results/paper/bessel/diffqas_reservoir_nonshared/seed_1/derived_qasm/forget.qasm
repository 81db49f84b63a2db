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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.236210462151) q[0];
rz(pi*0.720527735629) q[1];
rz(pi*0.18717370716) q[2];
rz(pi*1.199048967497) q[3];
rz(pi*0.520728461734) q[4];
rz(pi*0.528679447002) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.576655985879) q[0];
rz(pi*0.195431311002) q[1];
rz(pi*1.481888922411) q[2];
rz(pi*1.301344862478) q[3];
rz(pi*1.213016173112) q[4];
rz(pi*0.068091166135) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.858928314127) q[0];
rz(pi*1.370407181906) q[1];
rz(pi*0.312693307793) q[2];
rz(pi*0.77131565626) q[3];
rz(pi*0.039668292027) q[4];
rz(pi*0.163715991638) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.432907141588) q[0];
rz(pi*0.829300319546) q[1];
rz(pi*0.926480099274) q[2];
rz(pi*1.769043128368) q[3];
rz(pi*0.633316882612) q[4];
rz(pi*0.042927753163) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*1.652446638649) q[0];
rz(pi*0.123693872095) q[1];
rz(pi*0.18598398307) q[2];
rz(pi*1.926363482649) q[3];
rz(pi*1.506730775768) q[4];
rz(pi*0.675708413751) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
