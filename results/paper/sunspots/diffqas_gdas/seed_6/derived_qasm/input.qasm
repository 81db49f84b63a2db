// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.138235523653) q[0];
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
ry(pi*0.002926626966) q[0];
ry(pi*0.002494475205) q[1];
ry(pi*0.005278201807) q[2];
ry(pi*-0.000636967834) q[3];
ry(pi*0.00113567503) q[4];
ry(pi*0.064532300811) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.090434844601) q[0];
ry(pi*-0.119727021548) q[1];
ry(pi*0.001097617625) q[2];
ry(pi*-0.371981892137) q[3];
ry(pi*0.000491099124) q[4];
ry(pi*0.151360018161) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.040920374796) q[0];
ry(pi*-0.000900745649) q[1];
ry(pi*-0.0037732384) q[2];
ry(pi*-0.00161378175) q[3];
ry(pi*-0.001269741357) q[4];
ry(pi*0.117438595126) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001017401885) q[0];
ry(pi*-0.205450249877) q[1];
ry(pi*0.013975921222) q[2];
ry(pi*0.363644128435) q[3];
ry(pi*0.002003994993) q[4];
ry(pi*0.203248215862) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.010007104624) q[0];
ry(pi*0.00174673995) q[1];
ry(pi*-0.057805669641) q[2];
ry(pi*0.009505925857) q[3];
ry(pi*0.003160256492) q[4];
ry(pi*0.005098837601) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
