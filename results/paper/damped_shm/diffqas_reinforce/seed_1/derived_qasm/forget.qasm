// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.136495314956) q[0];
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
ry(pi*-0.33698593805) q[0];
ry(pi*-0.001506978669) q[1];
ry(pi*-0.179457794236) q[2];
ry(pi*-0.120064575189) q[3];
ry(pi*0.033764838577) q[4];
ry(pi*0.123029446471) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.442106154198) q[0];
ry(pi*-0.443967836093) q[1];
ry(pi*0.278278659723) q[2];
ry(pi*0.050669018421) q[3];
ry(pi*-0.294289495883) q[4];
ry(pi*0.395603759872) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.511518976167) q[0];
ry(pi*-0.221798914784) q[1];
ry(pi*0.006589356818) q[2];
ry(pi*-0.303737658617) q[3];
ry(pi*-0.098323760524) q[4];
ry(pi*0.064865557124) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.018142068625) q[0];
ry(pi*0.087249775609) q[1];
ry(pi*0.204171847165) q[2];
ry(pi*0.023697445675) q[3];
ry(pi*-0.019966381322) q[4];
ry(pi*-0.020810395861) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.07271551251) q[0];
ry(pi*0.112944634216) q[1];
ry(pi*-0.095727491784) q[2];
ry(pi*0.078125904565) q[3];
ry(pi*-0.236355224215) q[4];
ry(pi*-0.006847874142) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
