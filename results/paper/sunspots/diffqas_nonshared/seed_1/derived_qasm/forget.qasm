// DiffQAS-QLSTM derived circuit, forget gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.047961398624) q[0];
ry(pi*-0.393024566605) q[1];
ry(pi*0.208965027279) q[2];
ry(pi*0.489580370607) q[3];
ry(pi*0.078753556261) q[4];
ry(pi*0.602350778081) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.041342717646) q[0];
ry(pi*-0.02827722981) q[1];
ry(pi*0.422304221539) q[2];
ry(pi*-0.483134948761) q[3];
ry(pi*0.080682766908) q[4];
ry(pi*-0.259759607344) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.011425246366) q[0];
ry(pi*-0.491686307656) q[1];
ry(pi*-0.454669224703) q[2];
ry(pi*0.313400915391) q[3];
ry(pi*-0.293909338938) q[4];
ry(pi*-0.223267405455) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000110044753) q[0];
ry(pi*0.108908884136) q[1];
ry(pi*0.107143375099) q[2];
ry(pi*-0.113530038346) q[3];
ry(pi*-0.243053666625) q[4];
ry(pi*0.517737066551) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.136672455261) q[0];
ry(pi*0.338180310463) q[1];
ry(pi*0.236509112172) q[2];
ry(pi*0.54831350879) q[3];
ry(pi*0.007371364861) q[4];
ry(pi*0.001324980215) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
