// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*0.030359911972) q[0];
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
rz(pi*-0.001927670149) q[0];
rz(pi*0.000720446738) q[1];
rz(pi*-0.005087998826) q[2];
rz(pi*-0.000114635852) q[3];
rz(pi*-0.001992263313) q[4];
rz(pi*-0.002767263297) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003006880503) q[0];
rz(pi*0.001316941996) q[1];
rz(pi*-0.002725886698) q[2];
rz(pi*-0.001628418039) q[3];
rz(pi*0.001432510634) q[4];
rz(pi*0.007705079484) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-2.8347592e-05) q[0];
rz(pi*-0.000137793879) q[1];
rz(pi*0.001900120237) q[2];
rz(pi*-0.003664479495) q[3];
rz(pi*3.1072729e-05) q[4];
rz(pi*0.002665650893) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.00161631313) q[0];
rz(pi*0.001450463597) q[1];
rz(pi*-0.003530062025) q[2];
rz(pi*0.000475581047) q[3];
rz(pi*0.004961444966) q[4];
rz(pi*0.008967456747) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003559464744) q[0];
rz(pi*-0.001321530436) q[1];
rz(pi*-0.001026353465) q[2];
rz(pi*-0.000148260619) q[3];
rz(pi*0.007283325975) q[4];
rz(pi*-0.003891357984) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
