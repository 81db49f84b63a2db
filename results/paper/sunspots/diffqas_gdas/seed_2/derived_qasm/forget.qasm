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
ry(pi*-0.499741491254) q[0];
ry(pi*0.444965688785) q[1];
ry(pi*-0.007422197002) q[2];
ry(pi*0.497464078511) q[3];
ry(pi*0.500109714341) q[4];
ry(pi*-0.00133322506) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.154284999241) q[0];
ry(pi*-0.162519740923) q[1];
ry(pi*-0.014331590279) q[2];
ry(pi*-0.000160573979) q[3];
ry(pi*-0.000112438432) q[4];
ry(pi*-0.146349391386) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.543471967142) q[0];
ry(pi*0.500228825251) q[1];
ry(pi*0.448264746046) q[2];
ry(pi*-0.499942071142) q[3];
ry(pi*-0.499982748713) q[4];
ry(pi*-0.533312629934) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000477457459) q[0];
ry(pi*0.00013959767) q[1];
ry(pi*-0.000406888806) q[2];
ry(pi*-0.017621271444) q[3];
ry(pi*-0.000310120659) q[4];
ry(pi*0.313998803589) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.499901355626) q[0];
ry(pi*0.497336012464) q[1];
ry(pi*-0.501364192418) q[2];
ry(pi*0.015671829919) q[3];
ry(pi*0.000370734975) q[4];
ry(pi*0.00217836077) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
