// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*0.094905639786) q[0];
ry(pi*0.230849313862) q[1];
ry(pi*-0.063428860034) q[2];
ry(pi*-0.036956118772) q[3];
ry(pi*-0.03390062416) q[4];
ry(pi*-0.039158458723) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.119745624327) q[0];
ry(pi*0.377272025431) q[1];
ry(pi*-0.38208837127) q[2];
ry(pi*-0.621075438127) q[3];
ry(pi*-0.494875436816) q[4];
ry(pi*-0.235993375971) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.065464555228) q[0];
ry(pi*-0.111000695974) q[1];
ry(pi*-0.222235971) q[2];
ry(pi*0.032977967582) q[3];
ry(pi*0.002135795855) q[4];
ry(pi*0.212320699218) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.009701176775) q[0];
ry(pi*0.004102295511) q[1];
ry(pi*-0.505247837981) q[2];
ry(pi*-0.029887558371) q[3];
ry(pi*0.514709585201) q[4];
ry(pi*0.514837423575) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.000758557133) q[0];
ry(pi*-0.005270104002) q[1];
ry(pi*0.475728101897) q[2];
ry(pi*0.006429429599) q[3];
ry(pi*0.000652597005) q[4];
ry(pi*-0.002173189214) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
