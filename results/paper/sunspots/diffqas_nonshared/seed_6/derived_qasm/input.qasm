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
ry(pi*0.144722762862) q[0];
ry(pi*-0.090254888089) q[1];
ry(pi*-0.001077211546) q[2];
ry(pi*-0.014551278096) q[3];
ry(pi*-0.031904050772) q[4];
ry(pi*-0.030617404401) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.08484157423) q[0];
ry(pi*-0.14842036166) q[1];
ry(pi*0.068782846111) q[2];
ry(pi*0.068749444589) q[3];
ry(pi*-0.187180954749) q[4];
ry(pi*0.217318785007) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.004336597976) q[0];
ry(pi*-0.103407849778) q[1];
ry(pi*0.019603462303) q[2];
ry(pi*0.061267337578) q[3];
ry(pi*0.066062979406) q[4];
ry(pi*-0.055979642282) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.12171255754) q[0];
ry(pi*0.10100655448) q[1];
ry(pi*0.068582612475) q[2];
ry(pi*-0.051039300051) q[3];
ry(pi*0.002492874973) q[4];
ry(pi*0.098836906944) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.029199381239) q[0];
ry(pi*0.099654926448) q[1];
ry(pi*0.037822250792) q[2];
ry(pi*-0.118818056179) q[3];
ry(pi*-0.247660534357) q[4];
ry(pi*0.000759115569) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
