// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.136495314956) q[0];
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
ry(pi*-0.004697539678) q[0];
ry(pi*0.51045293542) q[1];
ry(pi*-0.052007631148) q[2];
ry(pi*0.00350450099) q[3];
ry(pi*0.000245257819) q[4];
ry(pi*-0.004135066189) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.005815780384) q[0];
ry(pi*-0.008896873975) q[1];
ry(pi*0.000791186257) q[2];
ry(pi*0.622676017068) q[3];
ry(pi*0.001851129045) q[4];
ry(pi*0.160652082612) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.002762862805) q[0];
ry(pi*0.016669492884) q[1];
ry(pi*0.002917766396) q[2];
ry(pi*-0.002734029861) q[3];
ry(pi*0.005562166922) q[4];
ry(pi*-0.003101385834) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.358647048202) q[0];
ry(pi*0.500188489189) q[1];
ry(pi*0.027396372566) q[2];
ry(pi*-0.500974985472) q[3];
ry(pi*0.50050950808) q[4];
ry(pi*0.498400801011) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001745704749) q[0];
ry(pi*-0.002597970951) q[1];
ry(pi*-0.00317291754) q[2];
ry(pi*0.101779162711) q[3];
ry(pi*0.444076739665) q[4];
ry(pi*0.000157803124) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
