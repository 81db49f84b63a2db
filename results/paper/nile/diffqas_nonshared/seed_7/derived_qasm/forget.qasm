// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.063383369021) q[0];
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
rx(pi*0.166999377408) q[0];
rx(pi*0.073963772269) q[1];
rx(pi*-0.000705586482) q[2];
rx(pi*-0.001873184568) q[3];
rx(pi*0.000148878243) q[4];
rx(pi*-0.00189401116) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.001408133025) q[0];
rx(pi*0.071317330098) q[1];
rx(pi*0.000909946764) q[2];
rx(pi*-0.00422319816) q[3];
rx(pi*-0.001512822868) q[4];
rx(pi*0.001026754783) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.169918315668) q[0];
rx(pi*0.074498860673) q[1];
rx(pi*-0.000119274374) q[2];
rx(pi*0.001168556506) q[3];
rx(pi*-0.00099914447) q[4];
rx(pi*-0.004031123991) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.002687355419) q[0];
rx(pi*0.068627772358) q[1];
rx(pi*0.000187392124) q[2];
rx(pi*0.00333934085) q[3];
rx(pi*0.005445537885) q[4];
rx(pi*0.004583827701) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.168167396674) q[0];
rx(pi*0.075723328607) q[1];
rx(pi*0.004072459976) q[2];
rx(pi*0.000939981217) q[3];
rx(pi*-0.000211127069) q[4];
rx(pi*0.002825180573) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
