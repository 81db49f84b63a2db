// DiffQAS-QLSTM derived circuit, forget gate
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
ry(pi*0.168498755713) q[0];
ry(pi*-0.199383713802) q[1];
ry(pi*0.139770714445) q[2];
ry(pi*-0.437165195353) q[3];
ry(pi*-0.247598360663) q[4];
ry(pi*0.090494902834) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.038837468291) q[0];
ry(pi*-0.103222893947) q[1];
ry(pi*0.335581613211) q[2];
ry(pi*-0.032101267742) q[3];
ry(pi*-0.197322647302) q[4];
ry(pi*-0.095695029413) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000985447332) q[0];
ry(pi*-0.309825083687) q[1];
ry(pi*0.192633418873) q[2];
ry(pi*0.3489155844) q[3];
ry(pi*-0.011621582288) q[4];
ry(pi*-0.040759059008) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.274636176756) q[0];
ry(pi*0.26249173993) q[1];
ry(pi*0.145232465729) q[2];
ry(pi*-0.367978945937) q[3];
ry(pi*0.374564158989) q[4];
ry(pi*-0.370088411917) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.081671209118) q[0];
ry(pi*-0.050897469276) q[1];
ry(pi*0.094640998414) q[2];
ry(pi*0.048664794272) q[3];
ry(pi*-0.086936848595) q[4];
ry(pi*0.002177926472) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
