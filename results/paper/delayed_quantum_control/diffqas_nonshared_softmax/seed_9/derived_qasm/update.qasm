// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.316916735344) q[0];
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
ry(pi*0.018800100434) q[0];
ry(pi*-0.004830776985) q[1];
ry(pi*-0.49939463148) q[2];
ry(pi*0.01610131008) q[3];
ry(pi*8.7375089e-05) q[4];
ry(pi*0.286236456206) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.428456286761) q[0];
ry(pi*-0.004753937653) q[1];
ry(pi*-0.001930801986) q[2];
ry(pi*-0.500498352105) q[3];
ry(pi*-0.499917634243) q[4];
ry(pi*0.20499606127) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.006897527009) q[0];
ry(pi*-0.001984771449) q[1];
ry(pi*0.001594847837) q[2];
ry(pi*0.006512188725) q[3];
ry(pi*-0.516141762034) q[4];
ry(pi*-0.498810915925) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000477186949) q[0];
ry(pi*-8.658961e-05) q[1];
ry(pi*-0.129572919478) q[2];
ry(pi*0.000911182883) q[3];
ry(pi*-0.001471615839) q[4];
ry(pi*-0.035645260803) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.571236951737) q[0];
ry(pi*0.51541491607) q[1];
ry(pi*0.000527440459) q[2];
ry(pi*0.26373815459) q[3];
ry(pi*0.004260302036) q[4];
ry(pi*0.001989382123) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
